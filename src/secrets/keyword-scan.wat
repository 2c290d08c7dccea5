;; The secret scanner's keyword pass (keyword-bytes.ts) in WebAssembly with SIMD. A "Teddy" filter
;; (after Hyperscan's) tests 16 positions at once: for each of a keyword's first four bytes, two
;; 16-entry tables give the buckets whose keywords may have a byte with that low and that high
;; nibble there; at a position where some bucket passes all four, the keywords that share the
;; position's first three bytes are compared, and one found is kept if one of its filters passes.
;; scripts/wasm.ts compiles this file into keyword-scan-wasm.ts (npm run package).
;;
;; The tables, at $tables, as keyword-bytes.ts writes them:
;;   0..128    for each of a keyword's bytes 0..3: the low-nibble table, then the high-nibble table
;;             (each entry: a bit per bucket)
;;   128..132  the hash table's slot count - 1 (a power of two - 1)
;;   132..136  the address of the filter table: per keyword id, the address of its filter list
;;   136..140  the address of the byte classes: 256 bytes each, 1 for a byte value in the class
;;   144..     the hash table: per slot two i32, a key (a keyword's first three bytes | 0x20 each,
;;             little-endian; 0 for an empty slot) and the address of the keyword list of that key
;; A keyword list: an i32 count, then for each keyword, longest first, three i32: its id, its
;; length, and the address of its bytes (letters in lower case) followed by as many fold bytes
;; (0x20 for a letter, to be compared in any case; 0 for any other byte).
;; A filter list: an i32 count (0: keep every hit of the keyword), then per filter two i32: where it
;; starts from the keyword's position, and the address of its steps. A hit is kept if one filter
;; passes, that is, all of its steps, read one after another from where the filter starts:
;;   0                                      the end: the filter passes
;;   1, class, min (u16), max (u16)         a run of bytes of the class, at most max long: fails if
;;                                          shorter than min; a run of 256 or more passes the filter
;;                                          at once (it is for the scanner to judge; a filter looks
;;                                          at a bounded number of bytes, so that a long run full of
;;                                          keywords stays linear)
;;   2, count, then per literal its length  the first of the literals that is there (one of length 0
;;      and its bytes                       always is): fails if none is
(module
  (memory (export "memory") 1)

  ;; Whether the bytes at $at are the keyword at $keyword, letters in any case: its first four bytes
  ;; (three for a keyword of three) compared at once, then the rest one by one.
  (func $equals (param $at i32) (param $keyword i32) (param $length i32) (result i32)
    (local $head i32) (local $index i32)
    (local.set $head (select (i32.const -1) (i32.const 0x00ffffff) (i32.ge_u (local.get $length) (i32.const 4))))
    (if (i32.ne
          (i32.and
            (i32.or (i32.load (local.get $at)) (i32.load (i32.add (local.get $keyword) (local.get $length))))
            (local.get $head))
          (i32.and (i32.load (local.get $keyword)) (local.get $head)))
      (then (return (i32.const 0))))
    (local.set $index (i32.const 4))
    (block $same
      (loop $bytes
        (br_if $same (i32.ge_u (local.get $index) (local.get $length)))
        (if (i32.ne
              (i32.or
                (i32.load8_u (i32.add (local.get $at) (local.get $index)))
                (i32.load8_u (i32.add (i32.add (local.get $keyword) (local.get $length)) (local.get $index))))
              (i32.load8_u (i32.add (local.get $keyword) (local.get $index))))
          (then (return (i32.const 0))))
        (local.set $index (i32.add (local.get $index) (i32.const 1)))
        (br $bytes)))
    (i32.const 1))

  ;; The id of the longest keyword at $position, or -1: the keywords that share its first three bytes
  ;; (folded) are found in the hash table, then compared longest first.
  (func $longest (param $tables i32) (param $input i32) (param $length i32) (param $position i32) (result i32)
    (local $key i32) (local $mask i32) (local $slot i32) (local $found i32) (local $entry i32) (local $end i32)
    (local $keywordLength i32)
    (local.set $key
      (i32.and
        (i32.or (i32.load (i32.add (local.get $input) (local.get $position))) (i32.const 0x20202020))
        (i32.const 0x00ffffff)))
    (local.set $mask (i32.load offset=128 (local.get $tables)))
    (local.set $slot (i32.and (i32.shr_u (i32.mul (local.get $key) (i32.const 0x9e3779b1)) (i32.const 16))
      (local.get $mask)))
    (block $listFound
      (loop $probe
        (local.set $found
          (i32.load offset=144 (i32.add (local.get $tables) (i32.shl (local.get $slot) (i32.const 3)))))
        (if (i32.eqz (local.get $found)) (then (return (i32.const -1))))
        (br_if $listFound (i32.eq (local.get $found) (local.get $key)))
        (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (local.get $mask)))
        (br $probe)))
    (local.set $entry
      (i32.load offset=148 (i32.add (local.get $tables) (i32.shl (local.get $slot) (i32.const 3)))))
    (local.set $end (i32.add (i32.add (local.get $entry) (i32.const 4))
      (i32.mul (i32.load (local.get $entry)) (i32.const 12))))
    (local.set $entry (i32.add (local.get $entry) (i32.const 4)))
    (block $none
      (loop $keyword
        (br_if $none (i32.ge_u (local.get $entry) (local.get $end)))
        (local.set $keywordLength (i32.load offset=4 (local.get $entry)))
        (if (i32.le_u (i32.add (local.get $position) (local.get $keywordLength)) (local.get $length))
          (then
            (if (call $equals
                  (i32.add (local.get $input) (local.get $position))
                  (i32.load offset=8 (local.get $entry))
                  (local.get $keywordLength))
              (then (return (i32.load (local.get $entry)))))))
        (local.set $entry (i32.add (local.get $entry) (i32.const 12)))
        (br $keyword)))
    (i32.const -1))

  ;; Whether the steps at $step pass from $at (see the filter steps above).
  (func $passes (param $tables i32) (param $input i32) (param $length i32) (param $at i32) (param $step i32)
      (result i32)
    (local $op i32) (local $class i32) (local $end i32) (local $cursor i32) (local $count i32) (local $size i32)
    (local $index i32)
    (loop $steps
      (local.set $op (i32.load8_u (local.get $step)))
      (if (i32.eqz (local.get $op)) (then (return (i32.const 1))))
      (if (i32.eq (local.get $op) (i32.const 1))
        (then
          (local.set $class
            (i32.add (i32.load offset=136 (local.get $tables)) (i32.shl (i32.load8_u offset=1 (local.get $step)) (i32.const 8))))
          ;; The run ends at its class's end, at max bytes, at the input's end, or at 256 bytes.
          (local.set $end (i32.add (local.get $at) (i32.load16_u offset=4 (local.get $step))))
          (if (i32.gt_u (local.get $end) (local.get $length)) (then (local.set $end (local.get $length))))
          (if (i32.gt_u (local.get $end) (i32.add (local.get $at) (i32.const 256)))
            (then (local.set $end (i32.add (local.get $at) (i32.const 256)))))
          (local.set $cursor (local.get $at))
          (block $runEnd
            (loop $bytes
              (br_if $runEnd (i32.ge_u (local.get $cursor) (local.get $end)))
              (br_if $runEnd (i32.eqz (i32.load8_u
                (i32.add (local.get $class) (i32.load8_u (i32.add (local.get $input) (local.get $cursor)))))))
              (local.set $cursor (i32.add (local.get $cursor) (i32.const 1)))
              (br $bytes)))
          (if (i32.ge_u (i32.sub (local.get $cursor) (local.get $at)) (i32.const 256)) (then (return (i32.const 1))))
          (if (i32.lt_u (i32.sub (local.get $cursor) (local.get $at)) (i32.load16_u offset=2 (local.get $step)))
            (then (return (i32.const 0))))
          (local.set $at (local.get $cursor))
          (local.set $step (i32.add (local.get $step) (i32.const 6)))
          (br $steps)))
      ;; 2: literals, of which the first that is there is taken.
      (local.set $count (i32.load8_u offset=1 (local.get $step)))
      (local.set $step (i32.add (local.get $step) (i32.const 2)))
      (block $taken
        (loop $literals
          (if (i32.eqz (local.get $count)) (then (return (i32.const 0))))
          (local.set $size (i32.load8_u (local.get $step)))
          (local.set $index (i32.const 0))
          (block $differs
            (br_if $differs (i32.gt_u (i32.add (local.get $at) (local.get $size)) (local.get $length)))
            (loop $literalBytes
              (if (i32.ge_u (local.get $index) (local.get $size))
                (then
                  (local.set $at (i32.add (local.get $at) (local.get $size)))
                  (local.set $step (i32.add (local.get $step) (i32.add (local.get $size) (i32.const 1))))
                  (local.set $count (i32.sub (local.get $count) (i32.const 1)))
                  (br $taken)))
              (br_if $differs (i32.ne
                (i32.load8_u (i32.add (local.get $input) (i32.add (local.get $at) (local.get $index))))
                (i32.load8_u offset=1 (i32.add (local.get $step) (local.get $index)))))
              (local.set $index (i32.add (local.get $index) (i32.const 1)))
              (br $literalBytes)))
          (local.set $step (i32.add (local.get $step) (i32.add (local.get $size) (i32.const 1))))
          (local.set $count (i32.sub (local.get $count) (i32.const 1)))
          (br $literals)))
      ;; Past the literals not tried.
      (block $skipped
        (loop $rest
          (br_if $skipped (i32.eqz (local.get $count)))
          (local.set $step (i32.add (local.get $step) (i32.add (i32.load8_u (local.get $step)) (i32.const 1))))
          (local.set $count (i32.sub (local.get $count) (i32.const 1)))
          (br $rest)))
      (br $steps))
    (i32.const 0))

  ;; Whether a hit of keyword $id at $position is kept: it has no filter, or one of them passes.
  (func $kept (param $tables i32) (param $input i32) (param $length i32) (param $position i32) (param $id i32)
      (result i32)
    (local $filter i32) (local $end i32)
    (local.set $filter
      (i32.load (i32.add (i32.load offset=132 (local.get $tables)) (i32.shl (local.get $id) (i32.const 2)))))
    (if (i32.eqz (i32.load (local.get $filter))) (then (return (i32.const 1))))
    (local.set $end (i32.add (i32.add (local.get $filter) (i32.const 4)) (i32.shl (i32.load (local.get $filter)) (i32.const 3))))
    (local.set $filter (i32.add (local.get $filter) (i32.const 4)))
    (block $none
      (loop $filters
        (br_if $none (i32.ge_u (local.get $filter) (local.get $end)))
        (if (call $passes (local.get $tables) (local.get $input) (local.get $length)
              (i32.add (local.get $position) (i32.load (local.get $filter))) (i32.load offset=4 (local.get $filter)))
          (then (return (i32.const 1))))
        (local.set $filter (i32.add (local.get $filter) (i32.const 8)))
        (br $filters)))
    (i32.const 0))

  ;; Finds the keywords that start at positions 0 .. $to - 1 of the $length bytes at $input, and
  ;; whose filters keep them, writing each one's position to $positions and its id to $ids (i32 arrays); returns how many it found, in
  ;; order of position. Blocks of 16 positions are read from 0 while below $to, and bytes up to 19
  ;; past a block, whatever they hold: $to must be a multiple of 16 or $length itself, where no
  ;; keyword fits past the end.
  (func (export "find") (param $tables i32) (param $input i32) (param $to i32) (param $length i32)
      (param $positions i32) (param $ids i32) (result i32)
    (local $block i32) (local $address i32) (local $count i32) (local $bits i32) (local $position i32)
    (local $id i32) (local $match v128) (local $bytes v128) (local $nibble v128)
    (local $low0 v128) (local $high0 v128) (local $low1 v128) (local $high1 v128)
    (local $low2 v128) (local $high2 v128) (local $low3 v128) (local $high3 v128)
    (local.set $low0 (v128.load offset=0 (local.get $tables)))
    (local.set $high0 (v128.load offset=16 (local.get $tables)))
    (local.set $low1 (v128.load offset=32 (local.get $tables)))
    (local.set $high1 (v128.load offset=48 (local.get $tables)))
    (local.set $low2 (v128.load offset=64 (local.get $tables)))
    (local.set $high2 (v128.load offset=80 (local.get $tables)))
    (local.set $low3 (v128.load offset=96 (local.get $tables)))
    (local.set $high3 (v128.load offset=112 (local.get $tables)))
    (local.set $nibble (i8x16.splat (i32.const 0x0f)))
    (block $end
      (loop $blocks
        (br_if $end (i32.ge_u (local.get $block) (local.get $to)))
        (local.set $address (i32.add (local.get $input) (local.get $block)))
        (local.set $match
          (v128.and
            (v128.and
              (v128.and
                (i8x16.swizzle (local.get $low0) (v128.and (local.tee $bytes (v128.load offset=0 (local.get $address))) (local.get $nibble)))
                (i8x16.swizzle (local.get $high0) (i8x16.shr_u (local.get $bytes) (i32.const 4))))
              (v128.and
                (i8x16.swizzle (local.get $low1) (v128.and (local.tee $bytes (v128.load offset=1 (local.get $address))) (local.get $nibble)))
                (i8x16.swizzle (local.get $high1) (i8x16.shr_u (local.get $bytes) (i32.const 4)))))
            (v128.and
              (v128.and
                (i8x16.swizzle (local.get $low2) (v128.and (local.tee $bytes (v128.load offset=2 (local.get $address))) (local.get $nibble)))
                (i8x16.swizzle (local.get $high2) (i8x16.shr_u (local.get $bytes) (i32.const 4))))
              (v128.and
                (i8x16.swizzle (local.get $low3) (v128.and (local.tee $bytes (v128.load offset=3 (local.get $address))) (local.get $nibble)))
                (i8x16.swizzle (local.get $high3) (i8x16.shr_u (local.get $bytes) (i32.const 4)))))))
        (if (v128.any_true (local.get $match))
          (then
            (local.set $bits (i8x16.bitmask (i8x16.ne (local.get $match) (v128.const i64x2 0 0))))
            (block $lanesDone
              (loop $lanes
                (br_if $lanesDone (i32.eqz (local.get $bits)))
                (local.set $position (i32.add (local.get $block) (i32.ctz (local.get $bits))))
                (local.set $id
                  (call $longest (local.get $tables) (local.get $input) (local.get $length) (local.get $position)))
                (if (i32.ge_s (local.get $id) (i32.const 0))
                  (then (if (call $kept (local.get $tables) (local.get $input) (local.get $length) (local.get $position)
                      (local.get $id)) (then
                    (i32.store (i32.add (local.get $positions) (i32.shl (local.get $count) (i32.const 2)))
                      (local.get $position))
                    (i32.store (i32.add (local.get $ids) (i32.shl (local.get $count) (i32.const 2)))
                      (local.get $id))
                    (local.set $count (i32.add (local.get $count) (i32.const 1)))))))
                (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
                (br $lanes)))))
        (local.set $block (i32.add (local.get $block) (i32.const 16)))
        (br $blocks)))
    (local.get $count))
)
